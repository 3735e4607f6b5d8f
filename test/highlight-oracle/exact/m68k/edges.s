* Full-line comment with a \; escape
        INCLUDE "macros.i"
VALUE   EQU     $1F+%1010-@17
_start: MOVE.L  #VALUE,D0       ; upper case
        lea     table(pc),a0
        movem.l d0-d7/a0-a6,-(sp)
        cmp.w   #'A',d1
        dc.b    "esc\"aped\x41\n",'\'',0
        dc.w    1,2,3
loop    dbra    d0,loop
        jsr     _sub[0]
        move.l  a7,usp
        __weird_ ___
        rts
