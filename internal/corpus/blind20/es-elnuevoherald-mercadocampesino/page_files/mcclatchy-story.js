window.mi=window.mi||{};
