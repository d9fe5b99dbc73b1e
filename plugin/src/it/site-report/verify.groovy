def page = new File(basedir, 'target/site/vaultlint.html')
assert page.isFile() : 'mvn site writes the Vault lint page'
def html = page.text
assert html.contains('Vault lint')
assert html.contains('(broken-link)') && html.contains('Interviews/2025-04-01 Initech.md:10:41')
assert html.contains('vaultlint/vaultlint.html')
assert new File(basedir, 'target/site/vaultlint/vaultlint.html').isFile() : 'the full report is copied next to the page'
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS') : 'the report never fails the build'
return true
