REM gwcheck from a Basic macro: checks the current Writer document and lists the findings.
REM Paste into Tools > Macros > Edit Macros (My Macros > Standard) and run CheckCurrentDocument.
REM The service is org.gwcheck.DocumentChecker (uno-idl/org/gwcheck/XDocumentChecker.idl).

Sub CheckCurrentDocument
    Dim oChecker As Object
    oChecker = CreateUnoService("org.gwcheck.DocumentChecker")
    If IsNull(oChecker) Then
        MsgBox "gwcheck is not installed (Tools > Extension Manager)."
        Exit Sub
    End If

    REM Options: "Language" ("zh-CN" / "en-US"), "Config" (gwcheck.json text). None = the settings.
    Dim aOptions() As New com.sun.star.beans.PropertyValue
    Dim aFindings As Variant
    aFindings = oChecker.check(ThisComponent, aOptions())

    Dim sReport As String, i As Long
    For i = LBound(aFindings) To UBound(aFindings)
        With aFindings(i)
            sReport = sReport & (.Paragraph + 1) & ":" & (.Start + 1) & "  " & .Severity & " [" & .Rule & "] " _
                      & .Message & Chr(10)
        End With
    Next i
    If sReport = "" Then sReport = "没有发现问题 / No findings."
    MsgBox sReport, 0, "公文检查 gwcheck"
End Sub

REM Applies every safe fix in one undo step (Edit > Undo reverts all of them).
Sub FixAllSafe
    Dim oChecker As Object
    oChecker = CreateUnoService("org.gwcheck.DocumentChecker")
    Dim aKeys() As String
    Dim aOptions() As New com.sun.star.beans.PropertyValue
    MsgBox oChecker.fix(ThisComponent, aKeys(), aOptions()) & " edits", 0, "公文检查 gwcheck"
End Sub
