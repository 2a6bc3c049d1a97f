window.PI=window.PI||{};PI.detail={id:102948371};
