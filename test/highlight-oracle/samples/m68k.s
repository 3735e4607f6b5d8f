; Copies a zero-terminated string
        section code
        xdef    strcpy

strcpy:
        move.l  4(sp),a0        ; destination
        move.l  8(sp),a1        ; source
.loop:
        move.b  (a1)+,(a0)+
        bne.s   .loop
        rts

count:  moveq   #0,d0
        move.w  #$FF,d1
        add.l   d1,d0
        dc.b    "done",0
        even
