TALK "helper sees " & company
