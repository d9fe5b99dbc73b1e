def log = new File(basedir, 'build.log').text
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'vaultlint-baseline.json'))
assert log.contains('baseline') && log.contains('written with 3 finding(s)')
// step 2: unrelated edit, nothing new
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 3 baselined (listed with -X), 0 fixed')
// step 3: exactly one new finding fails the build, and only it is printed
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 1 new, 3 baselined (listed with -X), 0 fixed')
assert log.contains('(broken-link) wikilink [[Karpenter Notes]]')
assert log.contains('vaultlint: 1 new finding at or above error')
assert !log.contains('[ERROR] Debrief.md:[5,10] (broken-link) wikilink [[VPC Routng]]') : 'baselined findings are not printed as errors'
// step 4: the fixed link is counted and pruned
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 2 baselined (listed with -X), 1 fixed (pruned from the baseline)')
assert baseline.findings.size() == 2
assert baseline.findings.every { !it.message.contains('VPC Routng') }
// step 4's JUnit report: notes whose findings are all baselined pass, their findings listed as baselined
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/vaultlint/vaultlint-junit.xml'))
assert junit.getElementsByTagName('testsuite').item(0).getAttribute('failures') == '0' : 'baselined findings are not test failures'
assert junit.getElementsByTagName('failure').length == 0
def outs = junit.getElementsByTagName('system-out')
assert (0..<outs.length).any { outs.item(it).textContent.contains('(baselined)') }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/vaultlint/vaultlint.sarif'))
assert sarif.runs[0].results.size() == 2 && sarif.runs[0].results.every { it.baselineState == 'unchanged' }
// step 5: updateBaseline without a baseline is a configuration error saying what to set
assert log.contains('vaultlint.updateBaseline is set, but no baseline is named (vaultlint.baseline) and there is none at ')
assert log.contains('set vaultlint.baseline to the baseline file, or create one with mvn vaultlint:baseline')
return true
