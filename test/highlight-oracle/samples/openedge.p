/* Lists the customers of one state */
DEFINE VARIABLE cState AS CHARACTER NO-UNDO INITIAL "MA".
DEFINE VARIABLE iCount AS INTEGER   NO-UNDO.

FOR EACH Customer NO-LOCK
    WHERE Customer.State = cState
    BY Customer.Name:
    iCount = iCount + 1.
    DISPLAY Customer.CustNum Customer.Name Customer.Balance FORMAT ">>>,>>9.99".
END.

IF iCount = 0 THEN
    MESSAGE "No customers in" cState VIEW-AS ALERT-BOX.
ELSE
    MESSAGE iCount 'customers found'.

PROCEDURE addTax:
    DEFINE INPUT  PARAMETER dAmount AS DECIMAL NO-UNDO.
    DEFINE OUTPUT PARAMETER dTotal  AS DECIMAL NO-UNDO.
    dTotal = dAmount * 1.2.
END PROCEDURE.
