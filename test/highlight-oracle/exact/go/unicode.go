var ünï, café, ñ2, x² = 1, 2, 3, 4
var 名前 = "名前"
var Ωmega_1, _x, __ = 1, 2, 3
var a٣ = 3 // an Arabic-Indic digit
var ͣx = 1 // a mark Unicode 13 did not call alphabetic
