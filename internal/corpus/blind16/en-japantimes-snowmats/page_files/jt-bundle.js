window.jt=window.jt||{};
