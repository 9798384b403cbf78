//! The one [`Engine`] of the page, shared with every component through a Yew context.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Engine;

/// A cheap handle on the page's [`Engine`]. The engine is built once at start-up and never
/// changes, so two handles are equal exactly when they point at the same engine.
#[derive(Clone)]
pub struct SharedEngine(pub Rc<Engine>);

impl SharedEngine {
    /// Wraps a freshly built engine.
    pub fn new(engine: Engine) -> SharedEngine {
        SharedEngine(Rc::new(engine))
    }
}

impl PartialEq for SharedEngine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedEngine {
    type Target = Engine;
    fn deref(&self) -> &Engine {
        &self.0
    }
}

/// The page's engine, from the nearest `ContextProvider<SharedEngine>`.
///
/// # Panics
/// When a component is rendered outside the provider: a programming error that the
/// SSR tests catch, never something input can cause.
#[hook]
pub fn use_engine() -> SharedEngine {
    use_context::<SharedEngine>().expect("components are rendered inside App's engine provider")
}
