window.rtv=window.rtv||{};
