// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

import "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title A simple time-locked vault
/// @notice Deposits can be withdrawn after the lock period.
contract TimeLockVault {
    struct Deposit {
        uint256 amount;
        uint64 unlockAt;
    }

    IERC20 public immutable token;
    uint256 public constant LOCK_PERIOD = 7 days;
    mapping(address => Deposit) private deposits;

    event Deposited(address indexed who, uint256 amount, uint64 unlockAt);
    event Withdrawn(address indexed who, uint256 amount);

    error StillLocked(uint64 unlockAt);

    constructor(IERC20 _token) {
        token = _token;
    }

    function deposit(uint256 amount) external {
        require(amount > 0, "amount is zero");
        Deposit storage d = deposits[msg.sender];
        d.amount += amount;
        d.unlockAt = uint64(block.timestamp + LOCK_PERIOD);
        token.transferFrom(msg.sender, address(this), amount);
        emit Deposited(msg.sender, amount, d.unlockAt);
    }

    function withdraw() external {
        Deposit memory d = deposits[msg.sender];
        if (block.timestamp < d.unlockAt) revert StillLocked(d.unlockAt);
        delete deposits[msg.sender];
        /* effects before interactions */
        bool ok = token.transfer(msg.sender, d.amount);
        assert(ok);
        emit Withdrawn(msg.sender, d.amount);
    }

    function balanceOf(address who) public view returns (uint256) {
        return deposits[who].amount;
    }

    receive() external payable {
        revert("no ether, 0x0 only");
    }
}
