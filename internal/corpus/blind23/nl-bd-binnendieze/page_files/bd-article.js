window.dpg=window.dpg||{};dpg.article={id:'a4c7e29b',premium:true};
