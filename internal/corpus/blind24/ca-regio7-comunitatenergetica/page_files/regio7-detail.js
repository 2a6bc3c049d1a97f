window.PI=window.PI||{};PI.page={type:'new',id:108234567};
