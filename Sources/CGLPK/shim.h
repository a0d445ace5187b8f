#ifndef FIELDPLAN_CGLPK_SHIM_H
#define FIELDPLAN_CGLPK_SHIM_H
#include <glpk.h>
#endif
