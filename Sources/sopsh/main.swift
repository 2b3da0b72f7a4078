import SOPShell
