def log = new File(basedir, 'build.log').text
assert new File(basedir, 'vaultlint-baseline.json').isFile()
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 1 baselined (listed with -X), 0 fixed')
assert new File(basedir, 'target/vaultlint/vaultlint.sarif').isFile()
assert new File(basedir, 'target/vaultlint/vaultlint-junit.xml').isFile()
// the baselined finding is no test failure either
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/vaultlint/vaultlint-junit.xml'))
assert junit.getElementsByTagName('failure').length == 0
assert log.contains('BUILD SUCCESS')
return true
