def log = new File(basedir, 'build.log').text
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'vaultlint-baseline.json'))
assert log.contains('baseline') && log.contains('written with 3 finding(s)')
// step 2: unrelated edit, nothing new
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 3 baselined, 0 fixed')
// step 3: exactly one new finding fails the build, and only it is printed
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 1 new, 3 baselined, 0 fixed')
assert log.contains('(broken-link) wikilink [[Karpenter Notes]]')
assert log.contains('vaultlint: 1 new finding at or above error')
assert !log.contains('[ERROR] Debrief.md:[5,10] (broken-link) wikilink [[VPC Routng]]') : 'baselined findings are not printed as errors'
// step 4: the fixed link is counted and pruned
assert log.contains('vaultlint: baseline vaultlint-baseline.json: 0 new, 2 baselined, 1 fixed (pruned from the baseline)')
assert baseline.findings.size() == 2
assert baseline.findings.every { !it.message.contains('VPC Routng') }
return true
