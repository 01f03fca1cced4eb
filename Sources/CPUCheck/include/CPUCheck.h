// Nothing to call: the check runs by itself before main (RequiredFeatures.c).
