// The record of the seed's notes (/work/shared/seed): what opendkim-genkey
// wrote as 20201110.txt for stefanux.net, copied into the tests.

export const SEED_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+CSXRWPhO3Ig3pG3WSehRCtxaa9Wr6hSy5Q6HTr9QAoNzOOnhK2/7qlxIPLw09MwVgMj+vbWZ9KtgnkRqJrO/18lk5CcL6/ozGy99bk0IHr+zp4wJTERZPUvg81oHMiZph4j6kaJixOt49hmiC50nzrirywDF1+3CjIZ/PScHPSi2/+M20DfM5+/Df3DaNPdgorwZrLLXZyGyaIvQl/G7a8/rdLGTlN4SYZPOjjQn2aDO8QkGdbqY+j0tTE5+bPEbCksIcciLk7pJVMgNhMwW1OSAPiZUfB+5a7gqYuicwUfvqMthWD5D4Jy2X6CeRstwBMd9USq+AmAU61YhZCN1wIDAQAB';
export const SEED_ZONE_LINE = `20201110._domainkey\tIN\tTXT\t( "v=DKIM1; h=sha256; k=rsa; s=email; "
\t  "p=${SEED_KEY.slice(0, 250)}"
\t  "${SEED_KEY.slice(250)}" )  ; ----- DKIM key 20201110 for stefanux.net`;
