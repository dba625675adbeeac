// libfuse3 low-level API for Swift. FUSE_USE_VERSION must precede the include.
#define FUSE_USE_VERSION 312
#include <fuse_lowlevel.h>
#include <sys/stat.h>
#include <errno.h>

// fuse_session_loop_mt is a macro selecting a versioned symbol; Swift cannot call macros.
static inline int cfuse_session_loop_mt(struct fuse_session *se, unsigned int max_threads) {
    struct fuse_loop_config *config = fuse_loop_cfg_create();
    fuse_loop_cfg_set_max_threads(config, max_threads);
    fuse_loop_cfg_set_clone_fd(config, 0);
    int result = fuse_session_loop_mt(se, config);
    fuse_loop_cfg_destroy(config);
    return result;
}

// Bit fields of fuse_file_info are not settable from Swift.
static inline void cfuse_set_keep_cache(struct fuse_file_info *fi, int on) { fi->keep_cache = on ? 1 : 0; }
static inline void cfuse_set_direct_io(struct fuse_file_info *fi, int on) { fi->direct_io = on ? 1 : 0; }
static inline int cfuse_flags(const struct fuse_file_info *fi) { return fi->flags; }

// The daemon's allocator setting (malloc.h is not part of Swift's Glibc module).
#include <malloc.h>
static inline void cfuse_mmap_large_buffers(int threshold) { mallopt(M_MMAP_THRESHOLD, threshold); }
// Gives the free pages of every malloc arena back to the system.
static inline void cfuse_release_free_memory(void) { malloc_trim(0); }

// Device numbers of the mount, for its /sys/class/bdi entry (major and minor are macros).
#include <sys/sysmacros.h>
static inline unsigned int cfuse_dev_major(dev_t dev) { return major(dev); }
static inline unsigned int cfuse_dev_minor(dev_t dev) { return minor(dev); }

// errno's symbolic name (ENOENT) for the metrics' labels; string.h declares it only under _GNU_SOURCE.
extern const char *strerrorname_np(int errnum);
static inline const char *cfuse_errno_name(int code) { return strerrorname_np(code); }
