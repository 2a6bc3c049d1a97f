window.pi=window.pi||{};
