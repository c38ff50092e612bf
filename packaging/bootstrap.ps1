# One entry point on Windows (PowerShell): installs into .venv, then runs or tests.
#   powershell -ExecutionPolicy Bypass -File packaging\bootstrap.ps1 run
#   powershell -ExecutionPolicy Bypass -File packaging\bootstrap.ps1 test
param([string]$Action = "run", [Parameter(ValueFromRemainingArguments = $true)]$Rest)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Venv = if ($env:APPROVAL_VENV) { $env:APPROVAL_VENV } else { Join-Path $Root ".venv" }
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3 -m venv $Venv } else { python -m venv $Venv }
}
& $Py -m pip install -q --disable-pip-version-check -e ".[test]"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
switch ($Action) {
    "run"  { & (Join-Path $Venv "Scripts\approval-app.exe") @Rest }
    "demo" { & (Join-Path $Venv "Scripts\approval-app.exe") demo @Rest }
    "test" { $env:QT_QPA_PLATFORM = "offscreen"; & $Py -m pytest @Rest }
    default { Write-Error "usage: bootstrap.ps1 [run|demo|test] [args...]"; exit 2 }
}
exit $LASTEXITCODE
