# Reports the mean pitch of each selected sound
form Mean pitch
    positive Time_step 0.01
    real Floor 75
    word Name speaker
endform

n = numberOfSelected ("Sound")
for i to n
    sound[i] = selected ("Sound", i)
endfor

for i from 1 to n
    selectObject: sound[i]
    name$ = selected$ ("Sound")
    pitch = To Pitch: time_step, floor, 600
    mean = Get mean: 0, 0, "Hertz"
    appendInfoLine: name$, tab$, fixed$ (mean, 2)
    removeObject: pitch
endfor
