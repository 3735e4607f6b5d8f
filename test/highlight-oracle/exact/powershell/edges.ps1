#requires -version 5.1
<#
.SYNOPSIS
  Cleans old logs. See #12.
.PARAMETER Days
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory)][ValidateRange(1, 365)][int]$Days = 30,
    [string]$Path = "$env:TEMP\logs"
)
class Cleaner : Base, IDisposable {
    [void] Run() { Write-Host "run" }
}
function global:Remove-Old {
    $limit = (Get-Date).AddDays(-$Days)
    Get-ChildItem -Path $Path -Recurse -File |
        Where-Object { $_.LastWriteTime -lt $limit -and $_.Length -gt 1.5 } |
        ForEach-Object { Remove-Item $_.FullName -WhatIf:$WhatIfPreference }
    $h = @{ Name = 'x'; Count = 3 }
    $a = @(1, 2, 3)
    $s = "Total: $($a.Count) items `t tab `"quoted`" ${weird name} $script:state"
    $here = @"
Line $($h.Name)
  "quoted" text
"@
    $lit = @'
literal $x
'@
    if ($a -contains 2 -or $s -match '^T') { "yes" } elseif ($x -eq $null) { 'no' }
    $x += 1; $y -= 2
    1..10 | % { $_ * 2 }
    [System.IO.Path]::Combine($Path, 'a')
    .\script.ps1 -Flag `
        -Other value
    $PSVersionTable.PSVersion
}
