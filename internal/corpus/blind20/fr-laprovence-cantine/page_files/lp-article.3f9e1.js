window.lp=window.lp||{};
