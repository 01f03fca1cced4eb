#include "CursesShim.h"
#include <langinfo.h>
#include <locale.h>

void cshim_adopt_locale_encoding(void) {
    setlocale(LC_CTYPE, "");
}

const char *cshim_locale_codeset(void) {
    return nl_langinfo(CODESET);
}
