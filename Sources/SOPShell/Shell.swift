import SOPRuntime
