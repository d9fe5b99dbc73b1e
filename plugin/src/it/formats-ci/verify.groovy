def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/vaultlint')
// SARIF with a percent-encoded, vault-relative URI and a 1-based region
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'vaultlint.sarif'))
assert sarif.version == '2.1.0'
def broken = sarif.runs[0].results.find { it.ruleId == 'broken-link' }
assert broken.locations[0].physicalLocation.artifactLocation.uri == 'Interviews/2025-06-02%20Acme,%20Inc.md'
assert broken.locations[0].physicalLocation.region.startLine == 17
assert broken.partialFingerprints['vaultlint/v1'].startsWith('broken-link:')
assert sarif.runs[0].tool.driver.rules.any { it.id == 'broken-link' && it.help.text }
// JUnit: one test case per note, failed for the note with an error
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'vaultlint-junit.xml'))
assert junit.getElementsByTagName('testsuite').item(0).getAttribute('tests') == '1'
assert junit.getElementsByTagName('failure').item(0).textContent.contains('(broken-link)')
// GitHub annotations reach stdout without Maven's prefix, escaped (the comma in the path)
assert log.readLines().any { it.startsWith('::error file=Interviews/2025-06-02 Acme%2C Inc.md,line=17,col=') && it.contains(',title=broken-link::') }
assert log.readLines().any { it.startsWith('::warning file=') && it.contains('title=heading-syntax') }
// the full console format shows the source line and a caret
assert log.contains('[[Scheduler Deep Dive]]') && log.readLines().any { it.trim().startsWith('^^^') }
// the step summary was appended
def summary = new File(basedir, 'step-summary.md').text
assert summary.contains('## vaultlint') && summary.contains('| 1 | 1 | 1 | 0 |') && summary.contains('Full report:')
return true
