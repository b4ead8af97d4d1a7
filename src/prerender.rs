//! The page's first view, rendered at build time (`[[bin]] prerender`, run natively by Trunk's
//! post-build hook, see Trunk.toml): the frame and every explainer's default view go into the
//! empty elements of `index.html` that their bundles later render into (in a section written
//! for an explainer that index.html has none for), and the standalone explainers' words into its
//! pre-paint script (which may embed them). The page is then readable
//! before its WebAssembly arrives, and with JavaScript off; the frame and each island replace
//! their parts with the same markup, so nothing moves.
//!
//! Usage: `prerender path/to/index.html` (rewrites the file in place).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        std::process::exit(2);
    };
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1);
    });
    let page = explainers::first_view::prerender(&page, explainers::registry::PAGE);
    match page {
        Ok(filled) => {
            if let Err(e) = std::fs::write(&path, filled) {
                eprintln!("prerender: cannot write {path}: {e}");
                std::process::exit(1);
            }
            println!("prerender: the first view is in {path}");
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::exit(1);
        }
    }
}

/// Nothing to do in a browser: the step runs natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
