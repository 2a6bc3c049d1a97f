window.fdp=window.fdp||{};
