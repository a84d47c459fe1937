// main.cpp — doctest's runner for every suite in this folder (native and under Node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
