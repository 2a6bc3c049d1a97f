window.dpg=window.dpg||{};dpg.article={id:"a4c81e2d",brand:"ed"};
