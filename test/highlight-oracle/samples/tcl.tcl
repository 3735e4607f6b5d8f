#!/usr/bin/env tclsh
# Checks every link of the built site and reports the broken ones.
package require http
package require tls

::http::register https 443 [list ::tls::socket -autoservername true]

set siteDir [lindex $argv 0]
set timeout 5000
array set checked {}

proc links {file} {
    set fh [open $file r]
    set html [read $fh]
    close $fh
    return [regexp -all -inline {href="(https?://[^"]+)"} $html]
}

proc check {url} {
    global timeout checked
    if {[info exists checked($url)]} { return $checked($url) }
    if {[catch {::http::geturl $url -validate 1 -timeout $timeout} tok]} {
        set checked($url) "error: $tok"
    } else {
        set checked($url) [::http::ncode $tok]
        ::http::cleanup $tok
    }
    return $checked($url)
}

set broken 0
foreach file [glob -nocomplain -directory $siteDir -types f *.html] {
    foreach {match url} [links $file] {
        set code [check $url]
        if {$code ne 200 && $code != 301} {
            puts stderr [format "%-40s %s (%s)" [file tail $file] $url $code]
            incr broken
        }
    }
}
puts "$broken broken links, [array size checked] checked"
exit [expr {$broken > 0 ? 1 : 0}]
