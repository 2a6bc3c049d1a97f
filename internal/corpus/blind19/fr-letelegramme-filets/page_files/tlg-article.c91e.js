window.tlg=window.tlg||{};
