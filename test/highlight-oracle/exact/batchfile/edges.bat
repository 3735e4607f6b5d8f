@ECHO OFF
REM upper-case comment
@rem at comment
1rem after a digit
:: label comment
  :: not at the line start
:label_1
SET "X=a^&b"
set /a n=0x1F+7*2
if exist "%~dp0file.txt" (echo yes) else echo no
IF /I "%1" EQU "-h" goto :usage
for /f "tokens=1,2 delims=," %%a in ('type data.csv') do echo %%a %%b
echo !delayed! %var% %% 100%% % ! ^^ ^
continued
notepad.exe con.exe nul telecom foo.EXE
echo `back tick` 'single %x% quote' "unclosed
copy a+b c /y --force -v
echo ünïcode ✓ 😀 [brackets] {braces} ~tilde? *star
echo ^😀 remark remg "a^😀"
