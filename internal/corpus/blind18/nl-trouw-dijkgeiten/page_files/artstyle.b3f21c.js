window.dpg=window.dpg||{};
