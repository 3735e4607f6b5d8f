// Gradle-style build logic
import groovy.json.JsonSlurper

class Release {
    String version
    boolean snapshot = false

    def describe() {
        return "release ${version}${snapshot ? '-SNAPSHOT' : ''}"
    }
}

def releases = [new Release(version: '1.4.0'), new Release(version: "1.5", snapshot: true)]
releases.each { r ->
    println r.describe()
}
def ratio = 0.5 * releases.size()
def parsed = new JsonSlurper().parseText('{"a": 1}')
assert parsed.a == 1
