def page = new File(basedir, 'target/site/vaultlint.html')
assert page.isFile() : 'mvn site writes the Vault lint page'
def html = page.text
assert html.contains('Vault lint')
assert html.contains('(broken-link)') && html.contains('Interviews/2025-04-01 Initech.md:10:41')
// the baseline (configured as for check) accepts the broken link: listed apart, marked, and counted
assert html.contains('1 new, 1 baselined, 0 fixed since the baseline')
def baselinedSection = html.substring(html.indexOf('Baselined findings'))
assert baselinedSection.contains('(broken-link)') && baselinedSection.contains('(baselined)')
def newSection = html.substring(html.lastIndexOf('Findings', html.indexOf('Baselined findings') - 1), html.indexOf('Baselined findings'))
assert newSection.contains('(required-section)') && !newSection.contains('(broken-link)') : newSection
assert html.contains('vaultlint/vaultlint.html')
assert new File(basedir, 'target/site/vaultlint/vaultlint.html').isFile() : 'the full report is copied next to the page'
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS') : 'the report never fails the build'
return true
