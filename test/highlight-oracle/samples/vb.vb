' Reads the export file and sums the amounts per customer
Imports System
Imports System.Collections.Generic
Imports System.IO

Namespace Reports

    Public Module CustomerTotals

        Private Const Separator As Char = ";"c
        Private ReadOnly Culture As Globalization.CultureInfo = Globalization.CultureInfo.InvariantCulture

        ''' <summary>Sums the third column per value of the first.</summary>
        Public Function Totals(path As String) As Dictionary(Of String, Decimal)
            Dim result As New Dictionary(Of String, Decimal)
            For Each line As String In File.ReadLines(path)
                If String.IsNullOrWhiteSpace(line) OrElse line.StartsWith("#") Then Continue For
                Dim parts() As String = line.Split(Separator)
                Dim amount As Decimal
                If Not Decimal.TryParse(parts(2), Globalization.NumberStyles.Any, Culture, amount) Then
                    Console.Error.WriteLine($"Skipping bad line: {line}")
                    Continue For
                End If
                If result.ContainsKey(parts(0)) Then
                    result(parts(0)) += amount
                Else
                    result.Add(parts(0), amount)
                End If
            Next
            Return result
        End Function

        Sub Main(args As String())
            Dim path = If(args.Length > 0, args(0), "export.csv")
            Dim count As Integer = 0
            For Each pair In Totals(path)
                Console.WriteLine("{0,-20} {1,12:N2}", pair.Key, pair.Value)
                count += 1
            Next
            Select Case count
                Case 0
                    Console.WriteLine("No customers.")
                Case Is > 100
                    Console.WriteLine("Many customers: " & count.ToString())
            End Select
            Dim due As Date = #12/31/2023#
            Dim mask As Integer = &HFF And 1024
        End Sub

    End Module

End Namespace
