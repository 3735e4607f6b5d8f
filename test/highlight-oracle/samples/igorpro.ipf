#pragma rtGlobals=3

// Smooths a wave and returns its maximum
Function SmoothedMax(w, passes)
	Wave w
	Variable passes
	Variable i
	String name = NameOfWave(w) + "_smth"
	Duplicate/O w, $name
	Wave s = $name
	for (i = 0; i < passes; i += 1)
		Smooth 5, s
	endfor
	WaveStats/Q s
	if (V_max > 1e3)
		Print "large maximum:", V_max
	endif
	return V_max
End

Macro ShowIt()
	Display/K=1 root:data
EndMacro
