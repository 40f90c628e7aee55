//! The `counterpoint` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    give_back_large_blocks();
    counterpoint::cli::main()
}

/// Sets glibc's allocator to map every block of 256 KiB or more on its own, so that it
/// goes back to the system when freed. By default the threshold rises to the size of
/// each such block freed: once a large article's source text (23 MB at 20 MB) is freed
/// after rendering, the claims file's text and the anchoring's lists come from the heap
/// and leave room there that the resident size keeps (the generated 20 MB document: 82.4
/// → 78.4 MB at its peak, see README's performance table).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_back_large_blocks() {
    // SAFETY: `mallopt` sets one of the allocator's parameters; it is called before any
    // other thread starts, and a refused value leaves the default in force.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_back_large_blocks() {}
