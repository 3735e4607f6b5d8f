@echo off
rem Builds the project and packages the release zip on Windows.
setlocal EnableDelayedExpansion

set "PROJECT=datakit"
set VERSION=1.8.0
set /a BUILD_NUMBER=%BUILD_NUMBER%+1
set "DIST=%~dp0dist"

:: Check the tools we need
where java >nul 2>&1
if errorlevel 1 (
    echo ERROR: Java was not found on PATH. 1>&2
    exit /b 1
)

if not exist "%DIST%" mkdir "%DIST%"

if "%1"=="clean" goto clean
if /i "%~1"=="--skip-tests" (
    set SKIP_TESTS=true
    shift
)

echo Building %PROJECT% %VERSION% (build !BUILD_NUMBER!)...
call gradlew.bat assemble -Pversion=%VERSION%
if %ERRORLEVEL% neq 0 goto fail

if not defined SKIP_TESTS (
    call gradlew.bat test || goto fail
)

for %%f in (build\libs\*.jar) do (
    echo Copying %%~nxf
    copy /y "%%f" "%DIST%\" >nul
)

for /l %%i in (1,1,3) do echo Pass %%i

powershell -NoProfile -Command "Compress-Archive -Path '%DIST%\*' -DestinationPath '%PROJECT%-%VERSION%.zip' -Force"
echo Done: %PROJECT%-%VERSION%.zip
goto :eof

:clean
rmdir /s /q "%DIST%" 2>nul
echo Cleaned.
goto :eof

:fail
echo Build failed with code %ERRORLEVEL%.
endlocal
exit /b %ERRORLEVEL%
