// CRC-32C (Castagnoli) for chunk integrity: the SSE4.2 instruction where the CPU has it (~10 GB/s, so checking a
// chunk costs far less than reading it), a bitwise loop elsewhere.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__)
__attribute__((target("sse4.2")))
static inline uint32_t cchecksum_crc32c_sse42(uint32_t crc, const uint8_t *p, size_t n) {
    uint64_t c = crc;
    while (n >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        c = __builtin_ia32_crc32di(c, word);
        p += 8;
        n -= 8;
    }
    uint32_t c32 = (uint32_t)c;
    while (n--) c32 = __builtin_ia32_crc32qi(c32, *p++);
    return c32;
}
#endif

static inline uint32_t cchecksum_crc32c_portable(uint32_t crc, const uint8_t *p, size_t n) {
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82F63B78u & (0u - (crc & 1u)));
    }
    return crc;
}

/// CRC-32C of n bytes (initial value and final xor as in iSCSI / RFC 3720).
static inline uint32_t cchecksum_crc32c(const void *data, size_t n) {
    const uint8_t *p = (const uint8_t *)data;
#if defined(__x86_64__)
    if (__builtin_cpu_supports("sse4.2")) return ~cchecksum_crc32c_sse42(~0u, p, n);
#endif
    return ~cchecksum_crc32c_portable(~0u, p, n);
}
