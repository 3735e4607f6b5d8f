@echo off
set X=1
rem done
