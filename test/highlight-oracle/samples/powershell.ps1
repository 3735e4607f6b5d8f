# Publish the site
param(
    [string]$Destination = "_site",
    [int]$Retries = 3
)

$ErrorActionPreference = 'Stop'
$files = Get-ChildItem -Path $Destination -Recurse -Filter *.html

function Publish-File {
    param([string]$Path)
    Write-Host "Publishing $Path"
    Copy-Item $Path -Destination "\\server\www" -Force
}

foreach ($file in $files) {
    if ($file.Length -gt 0 -and $true) {
        Publish-File -Path $file.FullName
    }
}
Write-Output ("{0} files" -f $files.Count)
