// One browser, one set of emulators and one host serve every test, one test at a time: the machine has 2 cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
