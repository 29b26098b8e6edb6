/* White space, as CPython's Py_UNICODE_ISSPACE (bidirectional class WS, B
 * or S, or category Zs). */
#include <pyuk/unicode.h>

bool pyuk_uni_isspace(uint32_t cp)
{
    if (cp < 128)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}
