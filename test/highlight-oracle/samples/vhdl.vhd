-- UART transmitter, 8N1
library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

entity uart_tx is
  generic (
    CLKS_PER_BIT : positive := 868  -- 100 MHz / 115200 baud
  );
  port (
    clk     : in  std_logic;
    start   : in  std_logic;
    data    : in  std_logic_vector(7 downto 0);
    tx      : out std_logic;
    busy    : out std_logic
  );
end entity uart_tx;

architecture rtl of uart_tx is
  type state_t is (IDLE, START_BIT, DATA_BITS, STOP_BIT);
  signal state   : state_t := IDLE;
  signal clk_cnt : integer range 0 to CLKS_PER_BIT - 1 := 0;
  signal bit_idx : unsigned(2 downto 0) := (others => '0');
  signal shreg   : std_logic_vector(7 downto 0);
begin

  process (clk)
  begin
    if rising_edge(clk) then
      case state is
        when IDLE =>
          tx <= '1';
          if start = '1' then
            shreg <= data;
            state <= START_BIT;
          end if;
        when START_BIT =>
          tx <= '0';
          if clk_cnt = CLKS_PER_BIT - 1 then
            clk_cnt <= 0;
            state   <= DATA_BITS;
          else
            clk_cnt <= clk_cnt + 1;
          end if;
        when DATA_BITS =>
          tx <= shreg(to_integer(bit_idx));
          if clk_cnt = CLKS_PER_BIT - 1 then
            clk_cnt <= 0;
            bit_idx <= bit_idx + 1;
            if bit_idx = 7 then state <= STOP_BIT; end if;
          else
            clk_cnt <= clk_cnt + 1;
          end if;
        when others =>
          tx <= '1';
          state <= IDLE;
      end case;
    end if;
  end process;

  busy <= '0' when state = IDLE else '1';
end architecture rtl;
